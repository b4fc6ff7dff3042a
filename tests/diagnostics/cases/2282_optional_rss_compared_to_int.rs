//! mistake: compared an `Option<u64>` memory reading with a plain integer, as Python compares a number
//! offending: p.rss_kb > 500_000
//! category: type
use comprehensions::comp;

struct Proc {
    pid: u32,
    cmd: String,
    // None when /proc/<pid>/status could not be read
    rss_kb: Option<u64>,
}

fn main() {
    let procs = vec![
        Proc { pid: 4121, cmd: "java -jar app.jar".into(), rss_kb: Some(2_300_512) },
        Proc { pid: 88, cmd: "kworker".into(), rss_kb: None },
    ];
    let hogs = comp![(p.pid, p.cmd.as_str()) for p in &procs if p.rss_kb > 500_000];
    println!("{hogs:?}");
}
