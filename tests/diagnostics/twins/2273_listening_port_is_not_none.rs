//! mistake: tested an `Option` field with Python's `is not None`
//! offending: is not None
//! category: python-habit

struct Proc {
    pid: u32,
    name: String,
    listen_port: Option<u16>,
}

fn main() {
    let procs = vec![
        Proc { pid: 1, name: "systemd".into(), listen_port: None },
        Proc { pid: 812, name: "sshd".into(), listen_port: Some(22) },
        Proc { pid: 1204, name: "postgres".into(), listen_port: Some(5432) },
    ];
    let daemons: Vec<(u32, &str)> = procs
        .iter()
        .filter(|p| p.listen_port is not None)
        .map(|p| (p.pid, p.name.as_str()))
        .collect();
    println!("{daemons:?}");
}
