using Microsoft.AspNetCore.Identity;

namespace InterviewInsight.Modules.Auth.Data;

internal sealed class AppUser : IdentityUser
{
    public DateTime CreatedAt { get; set; }
}
