//! mistake: compared an attendance status enum that does not derive `PartialEq`
//! offending: ==
//! category: type
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
    let mut absent = Vec::new();
    for a in &monday {
        if a.status == Status::Absent {
            absent.push(a.student);
        }
    }
    println!("{absent:?}");
}
