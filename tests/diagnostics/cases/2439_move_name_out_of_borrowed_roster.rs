//! mistake: took each student's `name` by value while iterating the roster by reference
//! offending: s.name
//! category: ownership
use comprehensions::comp;

struct Student {
    name: String,
    grade_level: u8,
}

fn main() {
    let roster = vec![
        Student { name: "Jun".into(), grade_level: 9 },
        Student { name: "Kira".into(), grade_level: 10 },
    ];
    let freshmen: Vec<String> = comp![s.name for s in &roster if s.grade_level == 9];
    println!("{freshmen:?} of {}", roster.len());
}
