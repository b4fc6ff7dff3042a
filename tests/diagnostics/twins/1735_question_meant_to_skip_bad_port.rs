//! mistake: `?` used to skip CLI port arguments that do not parse, into a `Vec<u16>` (Python's `try/except: continue` habit)
//! offending: a.parse::<u16>()?
//! category: try

fn main() {
    let args = vec!["8080".to_string(), "http".to_string(), "9090".to_string()];
    let mut ports: Vec<u16> = Vec::new();
    for a in &args {
        ports.push(a.parse::<u16>()?);
    }
    println!("{ports:?}");
}
