//! mistake: called Python's `str.endswith` on a `String` instead of `ends_with`
//! offending: endswith
//! category: python-habit
use comprehensions::comp;

struct Guardian {
    email: String,
    student: &'static str,
}

fn main() {
    let contacts = vec![
        Guardian { email: "p.ortiz@district.edu".into(), student: "Quinn" },
        Guardian { email: "rosa@gmail.com".into(), student: "Remy" },
    ];
    let staff_families = comp![g.student for g in &contacts if g.email.to_lowercase().endswith("@district.edu")];
    println!("{staff_families:?}");
}
