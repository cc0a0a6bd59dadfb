namespace InterviewInsight.Modules.Auth;

public static class AuthRoutes
{
    public const string Login = "/Account/Login";
    public const string Logout = "/Account/Logout";
    public const string Register = "/Account/Register";
    public const string ForgotPassword = "/Account/ForgotPassword";
    public const string ResetPassword = "/Account/ResetPassword";
    public const string AccessDenied = "/Account/AccessDenied";
    public const string Lockout = "/Account/Lockout";
    public const string Manage = "/Account/Manage";
    public const string ChangePassword = "/Account/Manage/ChangePassword";
    public const string DeleteAccount = "/Account/Manage/DeleteAccount";
    public const string Preferences = "/Account/Manage/Preferences";
    public const string Export = "/api/me/export";
}
