//! mistake: used Python's `not in` to exclude withdrawn student ids
//! offending: not in
//! category: python-habit
use comprehensions::comp;

struct Enrollment {
    student_id: u32,
    course: &'static str,
}

fn main() {
    let withdrawn: Vec<u32> = vec![1042, 1077];
    let enrollments = vec![
        Enrollment { student_id: 1001, course: "ALG1" },
        Enrollment { student_id: 1042, course: "BIO" },
        Enrollment { student_id: 1093, course: "ALG1" },
    ];
    let active = comp![e.course for e in &enrollments if e.student_id not in withdrawn];
    println!("{active:?}");
}
