//! mistake: converted a pid to text with Python's `str()` builtin
//! offending: str(p.pid)
//! category: python-habit
use comprehensions::comp;

struct Proc {
    pid: u32,
    comm: String,
}

fn main() {
    let procs = vec![
        Proc { pid: 812, comm: "nginx".into() },
        Proc { pid: 813, comm: "nginx".into() },
        Proc { pid: 1204, comm: "postgres".into() },
    ];
    let pidfile_lines = comp![str(p.pid) for p in &procs if p.comm == "nginx"];
    println!("{}", pidfile_lines.join("\n"));
}
