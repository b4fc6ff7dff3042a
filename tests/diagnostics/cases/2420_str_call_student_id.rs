//! mistake: converted a numeric student id to text with Python's `str(..)`
//! offending: str(r.student_id)
//! category: python-habit
use comprehensions::comp;

struct Record {
    student_id: u32,
    homeroom: &'static str,
}

fn main() {
    let records = vec![
        Record { student_id: 20451, homeroom: "7B" },
        Record { student_id: 20452, homeroom: "7C" },
    ];
    let badge_ids: Vec<String> = comp![str(r.student_id) for r in &records if r.homeroom == "7B"];
    println!("{badge_ids:?}");
}
