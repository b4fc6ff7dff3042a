//! mistake: pushed a new attendance entry while a lazy comprehension still borrows the log
//! offending: log.push
//! category: ownership
struct Entry {
    student: &'static str,
    minutes_late: u32,
}

fn main() {
    let mut log = vec![Entry { student: "Vera", minutes_late: 12 }, Entry { student: "Wim", minutes_late: 0 }];
    let late = log.iter().filter(|e| e.minutes_late > 10).map(|e| e.student);
    log.push(Entry { student: "Xander", minutes_late: 25 });
    for name in late {
        println!("detention: {name}");
    }
}
