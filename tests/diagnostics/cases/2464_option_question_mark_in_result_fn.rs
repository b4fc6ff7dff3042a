//! mistake: used `?` on an `Option` final grade inside a comprehension whose function returns `Result<_, String>`
//! offending: c.final_grade?
//! category: try
use comprehensions::comp;

struct ReportCard {
    student: String,
    final_grade: Option<u8>,
}

fn transcript_rows(cards: &[ReportCard]) -> Result<Vec<(String, u8)>, String> {
    comp![(c.student.clone(), c.final_grade?) for c in cards]
}

fn main() {
    let cards = vec![
        ReportCard { student: "Ivy".into(), final_grade: Some(90) },
        ReportCard { student: "Jon".into(), final_grade: None },
    ];
    println!("{:?}", transcript_rows(&cards));
}
