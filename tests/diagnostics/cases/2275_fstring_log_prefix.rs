//! mistake: built each log message with a Python f-string
//! offending: f"[{unit}] {msg}"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let journal = vec![
        ("nginx.service", "reloaded configuration"),
        ("cron.service", "job backup.sh exited 1"),
    ];
    let lines = comp![f"[{unit}] {msg}" for &(unit, msg) in &journal];
    for l in &lines {
        println!("{l}");
    }
}
