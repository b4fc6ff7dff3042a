//! mistake: converted a numeric student id to text with Python's `str(..)`
//! offending: str(r.student_id)
//! category: python-habit
struct Record {
    student_id: u32,
    homeroom: &'static str,
}

fn main() {
    let records = vec![
        Record { student_id: 20451, homeroom: "7B" },
        Record { student_id: 20452, homeroom: "7C" },
    ];
    let mut badge_ids: Vec<String> = Vec::new();
    for r in &records {
        if r.homeroom == "7B" {
            badge_ids.push(str(r.student_id));
        }
    }
    println!("{badge_ids:?}");
}
