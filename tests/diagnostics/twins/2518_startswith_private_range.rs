//! mistake: used Python's `str.startswith` to skip RFC1918 addresses
//! offending: startswith
//! category: python-habit
struct SshLogin {
    host: &'static str,
    src: String,
}

fn main() {
    let logins = vec![
        SshLogin { host: "bastion-1", src: "192.168.4.20".into() },
        SshLogin { host: "bastion-1", src: "45.33.32.156".into() },
    ];
    let external: Vec<(&str, &str)> = logins
        .iter()
        .filter(|l| !l.src.startswith("192.168."))
        .map(|l| (l.host, l.src.as_str()))
        .collect();
    println!("{external:?}");
}
