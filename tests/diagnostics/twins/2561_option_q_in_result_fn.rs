//! mistake: used `?` on an `Option` field lookup inside a function returning `Result`
//! offending: ?
//! category: try
struct LogLine {
    raw: &'static str,
}

impl LogLine {
    fn field(&self, key: &str) -> Option<&str> {
        self.raw.split(' ').find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
    }
}

fn source_ips(lines: &[LogLine]) -> Result<Vec<&str>, String> {
    let mut ips = Vec::new();
    for l in lines {
        ips.push(l.field("SRC")?);
    }
    Ok(ips)
}

fn main() {
    let lines = [LogLine { raw: "DROP SRC=45.9.148.3 DPT=23" }, LogLine { raw: "DROP DPT=22" }];
    println!("{:?}", source_ips(&lines));
}
