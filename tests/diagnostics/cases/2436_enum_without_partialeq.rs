//! mistake: compared an attendance status enum that does not derive `PartialEq`
//! offending: ==
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone, Copy)]
enum Status {
    Present,
    Absent,
    Tardy,
}

struct Attendance {
    student: &'static str,
    status: Status,
}

fn main() {
    let monday = vec![
        Attendance { student: "Eva", status: Status::Present },
        Attendance { student: "Finn", status: Status::Absent },
        Attendance { student: "Gia", status: Status::Tardy },
    ];
    let absent = comp![a.student for a in &monday if a.status == Status::Absent];
    println!("{absent:?}");
}
