//! mistake: compared an `Option<u8>` final grade directly with an integer
//! offending: 60
//! category: type
struct Transcript {
    student: &'static str,
    final_grade: Option<u8>,
}

fn main() {
    let transcripts = vec![
        Transcript { student: "Xia", final_grade: Some(72) },
        Transcript { student: "Yuri", final_grade: None },
    ];
    let passed: Vec<&str> = transcripts.iter().filter(|t| t.final_grade >= 60).map(|t| t.student).collect();
    println!("{passed:?}");
}
