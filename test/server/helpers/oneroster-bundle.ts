/**
 * A tiny fictional district in OneRoster 1.2, written by the tests so they
 * own their data: a district, a school and its science department, a term
 * with two grading periods, two classes, two students, a parent and a
 * teacher, and a gradebook; with the faults real exports have (see the
 * comments) for the tests to find reported.
 */
export const oneRosterBundle: Record<string, string> = {
  'manifest.csv': `propertyName,value
manifest.version,1.0
oneroster.version,1.2
file.orgs,bulk
file.academicSessions,bulk
file.courses,bulk
file.classes,bulk
file.users,bulk
file.roles,bulk
file.enrollments,bulk
file.demographics,bulk
file.categories,bulk
file.lineItems,bulk
file.results,bulk
file.resources,absent
`,
  'orgs.csv': `sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
D1,active,2030-08-01,Willow Creek Unified,district,,
S1,active,2030-08-01,Willow Creek Middle,school,,D1
DEP1,active,2030-08-01,Science Department,department,,S1
`,
  // Day-first dates, as some exports write them.
  'academicSessions.csv': `sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear
Y2031,active,,2030-2031,schoolYear,26/08/2030,13/06/2031,,2031
T1,active,,Fall,term,26/08/2030,20/12/2030,Y2031,2031
G1,active,,Quarter 1,gradingPeriod,26/08/2030,25/10/2030,T1,2031
G2,active,,Quarter 2,gradingPeriod,28/10/2030,20/12/2030,T1,2031
BAD,active,,Broken,term,someday,20/12/2030,Y2031,2031
`,
  'courses.csv': `sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes
C1,active,,Y2031,Earth Science,SCI7,07,S1,Science,
`,
  'classes.csv': `classCode,sourcedId,title,courseSourcedId,schoolSourcedId,termSourcedIds,location,periods,ext_color
SCI7-1,K1,Earth Science 1,C1,DEP1,T1,Room 12,"1,2",blue
SCI7-2,K2,Earth Science 2,C1,S1,T9,Room 14,3,
`,
  // An extra column, a misspelled one the importer knows, and an incomplete row.
  'users.csv': `sourcedId,status,dateLastModified,enabledUser,username,givenName,familyName,middleName,email,agentSourcedIds,grades,prefferedGivenName,favouriteColour
U1,active,,TRUE,ada,Ada,Birch,June,,P1,07,Addie,green
U2,active,,TRUE,cy,Cy,Cedar,,,,07,,
P1,active,,TRUE,wren,Wren,Birch,,wren@example.org,U1,,,
T1,active,,TRUE,oak,Olive,Oak,,oak@example.org,,,,
X1,active,,TRUE,half,Half
`,
  'roles.csv': `sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId
R1,active,,U1,primary,student,26/08/2030,,S1,
R2,active,,U2,primary,student,,,S1,
R3,active,,P1,primary,parent,,,S1,
R4,active,,T1,primary,teacher,,,S1,
`,
  'enrollments.csv': `sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate
E1,active,,K1,S1,U1,student,,,
E2,active,,K1,S1,U2,student,,,
E3,active,,K1,S1,T1,teacher,true,,
E4,active,,K2,S1,U1,student,,,
E5,active,,K1,S1,P1,student,,,
`,
  'demographics.csv': `sourcedId,status,dateLastModified,birthDate,sex
U1,active,,02/03/2019,female
`,
  'categories.csv': `sourcedId,status,dateLastModified,title
CAT1,active,,Homework
CAT2,active,,"Quiz
`,
  'lineItems.csv': `sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,gradingPeriodSourcedId,resultValueMin,resultValueMax
L1,active,,Rocks worksheet,,2/09/2030,6/09/2030,K1,CAT1,,0,10
L2,active,,Lab report,,,30/10/2030,K1,,G2,0,20
`,
  'results.csv': `sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment
Q1,active,,L1,U1,fully graded,9,7/09/2030,Good work
Q2,active,,L1,U2,exempt,,,
Q3,active,,L2,U1,submitted,A-,,
Q4,active,,L2,U9,fully graded,12,,
Q5,active,,L1,U1,fully graded,7,,
`,
};
