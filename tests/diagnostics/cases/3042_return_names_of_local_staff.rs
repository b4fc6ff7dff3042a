//! mistake: returned `&str` names borrowed from a staff list local to the function
//! offending: comp![e.name.as_str() for e in &staff if e.manager_id.is_none()]
//! category: ownership
use comprehensions::comp;

#[derive(Debug, Clone)]
struct Timesheet {
    week: u32,
    hours: f64,
    overtime: u32,
}

#[derive(Debug, Clone)]
struct Employee {
    id: u32,
    name: String,
    dept: String,
    salary: f64,
    manager_id: Option<u32>,
    email: Option<String>,
    leave_days: f32,
    timesheets: Vec<Timesheet>,
}

fn load_staff() -> Vec<Employee> {
    vec![
        Employee {
            id: 1,
            name: "Ada Park".into(),
            dept: "Eng".into(),
            salary: 128_000.0,
            manager_id: None,
            email: Some("Ada.Park@corp.io".into()),
            leave_days: 12.5,
            timesheets: vec![Timesheet { week: 14, hours: 41.5, overtime: 2 }],
        },
        Employee {
            id: 2,
            name: "Bo Lin".into(),
            dept: "Sales".into(),
            salary: 74_500.0,
            manager_id: Some(1),
            email: None,
            leave_days: 3.0,
            timesheets: vec![
                Timesheet { week: 14, hours: 38.0, overtime: 0 },
                Timesheet { week: 15, hours: 45.0, overtime: 5 },
            ],
        },
    ]
}

fn department_heads<'a>() -> Vec<&'a str> {
    let staff = load_staff();
    comp![e.name.as_str() for e in &staff if e.manager_id.is_none()]
}

fn main() {
    println!("{:?}", department_heads());
}
