//! mistake: checked for a missing final grade with Python's `is None`
//! offending: is None
//! category: python-habit
struct ReportCard {
    student: String,
    final_grade: Option<u8>,
}

fn main() {
    let cards = vec![
        ReportCard { student: "Dara".into(), final_grade: Some(88) },
        ReportCard { student: "Eli".into(), final_grade: None },
    ];
    let incomplete: Vec<&str> = cards
        .iter()
        .filter(|c| c.final_grade is None)
        .map(|c| c.student.as_str())
        .collect();
    println!("incomplete: {incomplete:?}");
}
