//! mistake: pruned the file list with `retain` while a lazy comprehension still borrowed it
//! offending: files.retain
//! category: ownership

struct LogFile {
    path: String,
    age_days: u32,
}

fn scan() -> Vec<LogFile> {
    vec![
        LogFile { path: "/var/log/app/app.log.14".into(), age_days: 45 },
        LogFile { path: "/var/log/app/app.log.1".into(), age_days: 1 },
    ]
}

fn main() {
    let mut files = scan();
    let stale = files.iter().filter(|f| f.age_days > 30).map(|f| f.path.as_str());
    files.retain(|f| f.age_days <= 30);
    for p in stale {
        println!("rm {p}");
    }
    println!("{} files kept", files.len());
}
