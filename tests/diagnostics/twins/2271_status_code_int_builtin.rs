//! mistake: parsed the HTTP status field with Python's `int()` builtin
//! offending: int(fields[8])
//! category: python-habit

fn main() {
    let access_log = "10.0.0.7 - - [01/May/2024:10:00:01 +0000] \"GET /health HTTP/1.1\" 200 17\n\
                      10.0.0.9 - - [01/May/2024:10:00:02 +0000] \"POST /api/jobs HTTP/1.1\" 502 0";
    let mut codes = Vec::new();
    for line in access_log.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        codes.push(int(fields[8]));
    }
    let server_errors = codes.iter().filter(|c| **c >= 500).count();
    println!("{server_errors} server errors");
}
