//! mistake: called Python's `str.endswith` on a `String` instead of `ends_with`
//! offending: endswith
//! category: python-habit
struct Guardian {
    email: String,
    student: &'static str,
}

fn main() {
    let contacts = vec![
        Guardian { email: "p.ortiz@district.edu".into(), student: "Quinn" },
        Guardian { email: "rosa@gmail.com".into(), student: "Remy" },
    ];
    let staff_families: Vec<&str> = contacts
        .iter()
        .filter(|g| g.email.to_lowercase().endswith("@district.edu"))
        .map(|g| g.student)
        .collect();
    println!("{staff_families:?}");
}
