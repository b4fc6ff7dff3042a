//! mistake: returned a lazy comprehension that borrows the `uid` parameter (no `move`)
//! offending: comp!((e.follower for e in edges if e.followee == uid))
//! category: ownership
use comprehensions::comp;

struct Follow {
    follower: u64,
    followee: u64,
}

fn followers_of<'a>(edges: &'a [Follow], uid: u64) -> impl Iterator<Item = u64> + 'a {
    comp!((e.follower for e in edges if e.followee == uid))
}

fn main() {
    let edges = vec![Follow { follower: 1, followee: 2 }, Follow { follower: 3, followee: 2 }];
    let fs: Vec<u64> = followers_of(&edges, 2).collect();
    println!("{fs:?}");
}
