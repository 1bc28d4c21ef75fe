import type { Route } from './route.ts';

/**
 * Every page of the app. Pages load lazily; only the shell is in the first
 * chunk. Menu order leaves gaps so later pages (Calendar 20, Assignments 30,
 * Grades 40, Attendance 50, Schedule 60, Fees 70, Food Service 80, Report
 * Cards 90, Absence Requests 100, Meal Benefits 110, More 120) slot in.
 */
export const routes: readonly Route[] = [
  {
    name: 'sign-in',
    path: '/sign-in',
    tag: 'sign-in-page',
    load: () => import('../pages/sign-in/sign-in-page.ts'),
    namespace: 'auth',
    title: 'auth:signIn.heading',
    access: 'public',
  },
  {
    name: 'activate',
    path: '/activate',
    tag: 'activate-page',
    load: () => import('../pages/activate/activate-page.ts'),
    namespace: 'auth',
    title: 'auth:activate.heading',
    access: 'public',
  },
  {
    name: 'today',
    path: '/students/:studentId/today',
    tag: 'today-page',
    load: () => import('../pages/today/today-page.ts'),
    namespace: 'today',
    title: 'menu.today',
    access: 'guardian',
    menu: { label: 'menu.today', order: 10 },
  },
  {
    name: 'calendar',
    path: '/students/:studentId/calendar',
    tag: 'calendar-page',
    load: () => import('../pages/calendar/calendar-page.ts'),
    namespace: 'calendar',
    access: 'guardian',
    menu: { label: 'menu.calendar', order: 20 },
  },
  {
    name: 'assignments',
    path: '/students/:studentId/assignments',
    tag: 'assignments-page',
    load: () => import('../pages/assignments/assignments-page.ts'),
    namespace: 'assignments',
    access: 'guardian',
    menu: { label: 'menu.assignments', order: 30 },
  },
  {
    name: 'assignment',
    path: '/students/:studentId/assignments/:assignmentId',
    tag: 'assignment-detail-page',
    load: () => import('../pages/assignments/assignment-detail-page.ts'),
    namespace: 'assignments',
    access: 'guardian',
  },
  {
    name: 'grades',
    path: '/students/:studentId/grades',
    tag: 'grades-page',
    load: () => import('../pages/grades/grades-page.ts'),
    namespace: 'grades',
    access: 'guardian',
    menu: { label: 'menu.grades', order: 40 },
  },
  {
    name: 'attendance',
    path: '/students/:studentId/attendance',
    tag: 'attendance-page',
    load: () => import('../pages/attendance/attendance-page.ts'),
    namespace: 'attendance',
    access: 'guardian',
    menu: { label: 'menu.attendance', order: 50 },
  },
  {
    name: 'schedule',
    path: '/students/:studentId/schedule',
    tag: 'schedule-page',
    load: () => import('../pages/schedule/schedule-page.ts'),
    namespace: 'schedule',
    access: 'guardian',
    menu: { label: 'menu.schedule', order: 60 },
  },
  {
    name: 'absence-requests',
    path: '/absence-requests',
    tag: 'absence-requests-page',
    load: () => import('../pages/absence-requests/absence-requests-page.ts'),
    namespace: 'absences',
    title: 'absences:list.heading',
    access: 'guardian',
    menu: { label: 'menu.absenceRequests', order: 100 },
  },
  {
    // Before `:id`, which would match "new" too.
    name: 'absence-request-new',
    path: '/absence-requests/new',
    tag: 'absence-request-form-page',
    load: () => import('../pages/absence-requests/absence-request-form-page.ts'),
    namespace: 'absences',
    title: 'absences:form.heading',
    access: 'guardian',
  },
  {
    name: 'absence-request',
    path: '/absence-requests/:id',
    tag: 'absence-request-page',
    load: () => import('../pages/absence-requests/absence-request-page.ts'),
    namespace: 'absences',
    title: 'absences:detail.heading',
    access: 'guardian',
  },
  {
    name: 'notifications',
    path: '/notifications',
    tag: 'notifications-page',
    load: () => import('../pages/notifications/notifications-page.ts'),
    namespace: 'notifications',
    title: 'notifications:heading',
    access: 'guardian',
  },
];

/** Where a signed-in guardian lands: the first menu page of a student. */
export const homeRouteName = 'today';
