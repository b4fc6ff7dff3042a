//! mistake: converted a pid to text with Python's `str()` builtin
//! offending: str(p.pid)
//! category: python-habit

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
    let pidfile_lines: Vec<String> = procs
        .iter()
        .filter(|p| p.comm == "nginx")
        .map(|p| str(p.pid))
        .collect();
    println!("{}", pidfile_lines.join("\n"));
}
