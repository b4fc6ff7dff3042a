//! mistake: used `?` on an `Option` final grade inside a loop whose function returns `Result<_, String>`
//! offending: c.final_grade?
//! category: try
struct ReportCard {
    student: String,
    final_grade: Option<u8>,
}

fn transcript_rows(cards: &[ReportCard]) -> Result<Vec<(String, u8)>, String> {
    let mut rows = Vec::new();
    for c in cards {
        rows.push((c.student.clone(), c.final_grade?));
    }
    Ok(rows)
}

fn main() {
    let cards = vec![
        ReportCard { student: "Ivy".into(), final_grade: Some(90) },
        ReportCard { student: "Jon".into(), final_grade: None },
    ];
    println!("{:?}", transcript_rows(&cards));
}
