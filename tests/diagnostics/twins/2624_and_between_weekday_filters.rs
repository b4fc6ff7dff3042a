//! mistake: joined two filter conditions with Python's `and`
//! offending: and
//! category: python-habit
#[derive(Debug)]
struct Class {
    name: &'static str,
    weekday: u8,
    start_hour: u8,
}

fn main() {
    let timetable = vec![
        Class { name: "Yoga", weekday: 1, start_hour: 7 },
        Class { name: "Spin", weekday: 1, start_hour: 18 },
        Class { name: "Pilates", weekday: 6, start_hour: 10 },
    ];
    let evening_weekday: Vec<&str> = timetable
        .iter()
        .filter(|c| c.weekday <= 5 and c.start_hour >= 17)
        .map(|c| c.name)
        .collect();
    println!("{evening_weekday:?}");
}
