//! mistake: the inner loop iterates `s.courses` by value while the outer loop borrows the students
//! offending: s.courses
//! category: ownership
struct Student {
    id: u32,
    courses: Vec<String>,
}

fn main() {
    let students = vec![
        Student { id: 1, courses: vec!["ENG".into(), "ART".into()] },
        Student { id: 2, courses: vec!["ENG".into()] },
    ];
    let mut seats = Vec::new();
    for s in &students {
        for c in s.courses {
            seats.push((s.id, c));
        }
    }
    println!("{seats:?}");
}
