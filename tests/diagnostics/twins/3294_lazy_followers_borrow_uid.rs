//! mistake: returned a lazy comprehension that borrows the `uid` parameter (no `move`)
//! offending: |e| e.followee == uid
//! category: ownership
struct Follow {
    follower: u64,
    followee: u64,
}

fn followers_of<'a>(edges: &'a [Follow], uid: u64) -> impl Iterator<Item = u64> + 'a {
    edges.iter().filter(|e| e.followee == uid).map(|e| e.follower)
}

fn main() {
    let edges = vec![Follow { follower: 1, followee: 2 }, Follow { follower: 3, followee: 2 }];
    let fs: Vec<u64> = followers_of(&edges, 2).collect();
    println!("{fs:?}");
}
