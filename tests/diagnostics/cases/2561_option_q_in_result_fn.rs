//! mistake: used `?` on an `Option` field lookup inside a function returning `Result`
//! offending: ?
//! category: try
use comprehensions::comp;

struct LogLine {
    raw: &'static str,
}

impl LogLine {
    fn field(&self, key: &str) -> Option<&str> {
        self.raw.split(' ').find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
    }
}

fn source_ips(lines: &[LogLine]) -> Result<Vec<&str>, String> {
    let ips = comp![l.field("SRC")? for l in lines];
    ips
}

fn main() {
    let lines = [LogLine { raw: "DROP SRC=45.9.148.3 DPT=23" }, LogLine { raw: "DROP DPT=22" }];
    println!("{:?}", source_ips(&lines));
}
