//! mistake: cut the timestamp off each log line with Python's slice `line[:19]`
//! offending: line[:19]
//! category: python-habit

fn main() {
    let syslog = "2024-05-01T10:00:01 sshd[812]: Accepted publickey for deploy\n\
                  2024-05-01T10:03:44 sshd[830]: Failed password for root";
    let stamps: Vec<&str> = syslog
        .lines()
        .filter(|line| line.contains("sshd"))
        .map(|line| &line[:19])
        .collect();
    println!("{stamps:?}");
}
