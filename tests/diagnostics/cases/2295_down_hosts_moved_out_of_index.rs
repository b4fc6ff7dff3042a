//! mistake: picked hostnames out of a `Vec<String>` by index, moving them out of the vector
//! offending: hosts[i]
//! category: ownership
use comprehensions::comp;

fn main() {
    let hosts: Vec<String> = vec!["edge01".into(), "edge02".into(), "edge03".into(), "edge04".into()];
    let failed_idx: Vec<usize> = vec![1, 3];
    let down: Vec<String> = comp![hosts[i] for &i in &failed_idx];
    println!("{}/{} down: {down:?}", down.len(), hosts.len());
}
