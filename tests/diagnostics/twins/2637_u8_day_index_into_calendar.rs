//! mistake: indexed the month's calendar with a `u8` day number
//! offending: calendar[d]
//! category: type
fn main() {
    let days_in_month: u8 = 30;
    let calendar: Vec<Vec<&str>> = (0..days_in_month).map(|d| if d % 7 == 0 { vec!["market"] } else { vec![] }).collect();
    let mut busy_days = Vec::new();
    for d in 0..days_in_month {
        if !calendar[d].is_empty() {
            busy_days.push(d + 1);
        }
    }
    println!("{busy_days:?}");
}
