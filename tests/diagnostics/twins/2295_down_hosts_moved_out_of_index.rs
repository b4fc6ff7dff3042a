//! mistake: picked hostnames out of a `Vec<String>` by index, moving them out of the vector
//! offending: hosts[i]
//! category: ownership

fn main() {
    let hosts: Vec<String> = vec!["edge01".into(), "edge02".into(), "edge03".into(), "edge04".into()];
    let failed_idx: Vec<usize> = vec![1, 3];
    let down: Vec<String> = failed_idx.iter().map(|&i| hosts[i]).collect();
    println!("{}/{} down: {down:?}", down.len(), hosts.len());
}
