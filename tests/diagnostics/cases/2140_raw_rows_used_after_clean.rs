//! mistake: cleaned the raw records by value, then used the raw `Vec` again for a row count
//! offending: raw_records.len()
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct RawRecord {
    id: String,
    amount: String,
}

#[derive(Debug)]
struct Record {
    id: u64,
    amount: f64,
}

fn clean(r: RawRecord) -> Record {
    Record { id: r.id.trim().parse().unwrap_or(0), amount: r.amount.trim().parse().unwrap_or(0.0) }
}

fn main() {
    let raw_records = vec![
        RawRecord { id: " 17".into(), amount: "12.5".into() },
        RawRecord { id: "".into(), amount: "3".into() },
        RawRecord { id: "19".into(), amount: " 40.0 ".into() },
    ];
    // Python: cleaned = [clean(r) for r in raw_records if r.id.strip()]
    let cleaned: Vec<Record> = comp![clean(r) for r in raw_records if !r.id.trim().is_empty()];
    println!("kept {} of {} rows: {cleaned:?}", cleaned.len(), raw_records.len());
}
