//! mistake: took each student's `name` by value while iterating the roster by reference
//! offending: s.name
//! category: ownership
struct Student {
    name: String,
    grade_level: u8,
}

fn main() {
    let roster = vec![
        Student { name: "Jun".into(), grade_level: 9 },
        Student { name: "Kira".into(), grade_level: 10 },
    ];
    let mut freshmen: Vec<String> = Vec::new();
    for s in &roster {
        if s.grade_level == 9 {
            freshmen.push(s.name);
        }
    }
    println!("{freshmen:?} of {}", roster.len());
}
