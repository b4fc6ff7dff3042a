//! mistake: indexed the severity-name array with a `u8` syslog level
//! offending: e.level
//! category: type
const SEVERITY: [&str; 8] = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"];

struct SyslogEntry {
    level: u8,
    msg: &'static str,
}

fn main() {
    let entries = vec![
        SyslogEntry { level: 2, msg: "auditd: queue overflow" },
        SyslogEntry { level: 6, msg: "sshd: session opened" },
    ];
    let mut labelled = Vec::new();
    for e in &entries {
        if e.level <= 3 {
            labelled.push((SEVERITY[e.level], e.msg));
        }
    }
    println!("{labelled:?}");
}
