//! mistake: used Python's `str.startswith` to skip RFC1918 addresses
//! offending: startswith
//! category: python-habit
use comprehensions::comp;

struct SshLogin {
    host: &'static str,
    src: String,
}

fn main() {
    let logins = vec![
        SshLogin { host: "bastion-1", src: "192.168.4.20".into() },
        SshLogin { host: "bastion-1", src: "45.33.32.156".into() },
    ];
    let external = comp![(l.host, l.src.as_str()) for l in &logins if !l.src.startswith("192.168.")];
    println!("{external:?}");
}
