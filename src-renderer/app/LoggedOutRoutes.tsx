import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../pages/login/LoginPage.tsx';
import { RegistrationPage } from '../pages/registration/RegistrationPage.tsx';
import { SettingsPage } from '../pages/settings/SettingsPage.tsx';
import { PublicFrame } from './PublicFrame.tsx';

/** Before log-in: the log-in page, unit registration and the settings (the server address). */
export function LoggedOutRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/register"
        element={
          <PublicFrame>
            <RegistrationPage />
          </PublicFrame>
        }
      />
      <Route
        path="/settings"
        element={
          <PublicFrame>
            <SettingsPage />
          </PublicFrame>
        }
      />
      <Route path="*" element={<Navigate to="/login" replace />} />
    </Routes>
  );
}
