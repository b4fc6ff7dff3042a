//! mistake: `?` used to skip CLI port arguments that do not parse, into a `Vec<u16>` (Python's `try/except: continue` habit)
//! offending: a.parse::<u16>()?
//! category: try
use comprehensions::comp;

fn main() {
    let args = vec!["8080".to_string(), "http".to_string(), "9090".to_string()];
    let ports: Vec<u16> = comp![a.parse::<u16>()? for a in &args];
    println!("{ports:?}");
}
