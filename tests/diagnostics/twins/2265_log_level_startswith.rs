//! mistake: used Python's `str.startswith` to keep the log lines of one level
//! offending: startswith
//! category: python-habit

fn main() {
    let log = "2024-05-01T10:00:01Z ERROR db: connection refused\n\
               2024-05-01T10:00:02Z INFO web: GET / 200\n\
               2024-05-01T10:00:03Z ERROR web: upstream timed out";
    let errors: Vec<&str> = log
        .lines()
        .filter(|line| line.split_whitespace().nth(1).unwrap_or("").startswith("ERROR"))
        .collect();
    for e in &errors {
        println!("{e}");
    }
}
