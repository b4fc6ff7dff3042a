//! mistake: checked for a missing final grade with Python's `is None`
//! offending: is None
//! category: python-habit
use comprehensions::comp;

struct ReportCard {
    student: String,
    final_grade: Option<u8>,
}

fn main() {
    let cards = vec![
        ReportCard { student: "Dara".into(), final_grade: Some(88) },
        ReportCard { student: "Eli".into(), final_grade: None },
    ];
    let incomplete = comp![c.student.as_str() for c in &cards if c.final_grade is None];
    println!("incomplete: {incomplete:?}");
}
