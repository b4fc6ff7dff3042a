//! mistake: kept `&str`s split from a temporary `to_uppercase()` string past the statement
//! offending: cfg.open_days.to_uppercase()
//! category: ownership
use comprehensions::comp;

struct Config {
    open_days: String,
}

fn main() {
    let cfg = Config { open_days: "mon, tue, thu, sat".into() };
    let days = comp![d.trim() for d in cfg.open_days.to_uppercase().split(',')];
    println!("open on {} days: {days:?}", days.len());
}
