//! mistake: compared a `char` letter grade with a string literal "A"
//! offending: "A"
//! category: type
struct Mark {
    student: &'static str,
    letter: char,
}

fn main() {
    let marks = vec![Mark { student: "Zed", letter: 'A' }, Mark { student: "Abe", letter: 'B' }];
    let mut top = Vec::new();
    for m in &marks {
        if m.letter == "A" {
            top.push(m.student);
        }
    }
    println!("{top:?}");
}
