//! mistake: built each log message with a Python f-string
//! offending: f"[{unit}] {msg}"
//! category: python-habit

fn main() {
    let journal = vec![
        ("nginx.service", "reloaded configuration"),
        ("cron.service", "job backup.sh exited 1"),
    ];
    let lines: Vec<String> = journal.iter().map(|&(unit, msg)| f"[{unit}] {msg}").collect();
    for l in &lines {
        println!("{l}");
    }
}
