//! mistake: compared a `char` letter grade with a string literal "A"
//! offending: "A"
//! category: type
use comprehensions::comp;

struct Mark {
    student: &'static str,
    letter: char,
}

fn main() {
    let marks = vec![Mark { student: "Zed", letter: 'A' }, Mark { student: "Abe", letter: 'B' }];
    let top = comp![m.student for m in &marks if m.letter == "A"];
    println!("{top:?}");
}
