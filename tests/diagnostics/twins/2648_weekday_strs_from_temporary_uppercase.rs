//! mistake: kept `&str`s split from a temporary `to_uppercase()` string past the statement
//! offending: cfg.open_days.to_uppercase()
//! category: ownership
struct Config {
    open_days: String,
}

fn main() {
    let cfg = Config { open_days: "mon, tue, thu, sat".into() };
    let days: Vec<&str> = cfg.open_days.to_uppercase().split(',').map(|d| d.trim()).collect();
    println!("open on {} days: {days:?}", days.len());
}
