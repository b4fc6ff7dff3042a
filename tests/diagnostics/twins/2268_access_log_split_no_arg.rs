//! mistake: called `split()` without a separator, as Python's `str.split()` splits on whitespace
//! offending: line.split()
//! category: python-habit

fn main() {
    let access_log = "10.0.0.7 - - [01/May/2024:10:00:01 +0000] \"GET /health HTTP/1.1\" 200 17\n\
                      10.0.0.9 - - [01/May/2024:10:00:02 +0000] \"POST /api/jobs HTTP/1.1\" 502 0";
    let statuses: Vec<&str> = access_log
        .lines()
        .map(|line| line.split().nth(8).unwrap_or("-"))
        .collect();
    println!("{statuses:?}");
}
