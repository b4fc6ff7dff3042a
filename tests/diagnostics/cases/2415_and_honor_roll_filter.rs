//! mistake: joined two filter conditions with Python's `and` instead of `&&`
//! offending: and
//! category: python-habit
use comprehensions::comp;

struct Student {
    name: String,
    gpa: f64,
    attendance_rate: f64,
}

fn main() {
    let students = vec![
        Student { name: "Ada".into(), gpa: 3.9, attendance_rate: 0.97 },
        Student { name: "Ben".into(), gpa: 3.2, attendance_rate: 0.99 },
        Student { name: "Cleo".into(), gpa: 3.8, attendance_rate: 0.81 },
    ];
    let honor_roll = comp![s.name.clone() for s in &students if s.gpa >= 3.5 and s.attendance_rate >= 0.9];
    println!("{honor_roll:?}");
}
