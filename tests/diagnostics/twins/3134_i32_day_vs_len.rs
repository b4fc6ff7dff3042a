//! mistake: compared an `i32` day-of-record with `Vec::len()` (a `usize`) to drop the trailing partial day
//! offending: records.len() - 1
//! category: type

struct DayRecord {
    day: i32,
    snow_cm: f32,
}

fn main() {
    let records = vec![
        DayRecord { day: 0, snow_cm: 4.0 },
        DayRecord { day: 1, snow_cm: 11.5 },
        DayRecord { day: 2, snow_cm: 0.5 },
    ];
    let complete: Vec<f32> = records
        .iter()
        .filter(|r| r.day < records.len() - 1)
        .map(|r| r.snow_cm)
        .collect();
    println!("{complete:?}");
}
